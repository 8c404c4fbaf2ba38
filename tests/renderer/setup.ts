import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useEnglishByDefault } from './englishI18n';

useEnglishByDefault();

afterEach(() => {
  cleanup();
});
