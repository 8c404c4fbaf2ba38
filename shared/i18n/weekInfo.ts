/**
 * The first day of the week in a locale: 1 = Monday ... 7 = Sunday, as Intl.Locale's week info says
 * (`getWeekInfo()` in newer engines, the `weekInfo` getter in older ones). Where the engine has
 * neither, a small table of CLDR's regions that do not start on Monday, looked up by the locale's
 * likely region ("ar" is Egypt's Saturday, "en" the United States' Sunday).
 */
export type WeekDayNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const SUNDAY_FIRST = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const SATURDAY_FIRST = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/** The table's answer for a region (two letters), Monday when it is not listed. */
export function firstDayOfRegion(region: string | undefined): WeekDayNumber {
  if (region && SUNDAY_FIRST.has(region)) return 7;
  if (region && SATURDAY_FIRST.has(region)) return 6;
  return 1;
}

interface WeekInfoLocale {
  region?: string;
  maximize(): { region?: string };
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
}

const isDay = (n: unknown): n is WeekDayNumber =>
  Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 7;

/** The locale's first weekday; Monday for a tag Intl cannot read. */
export function firstDayOfWeek(locale: string): WeekDayNumber {
  let l: WeekInfoLocale;
  try {
    l = new Intl.Locale(locale) as unknown as WeekInfoLocale;
  } catch {
    return 1;
  }
  const fromEngine = l.getWeekInfo?.()?.firstDay ?? l.weekInfo?.firstDay;
  if (isDay(fromEngine)) return fromEngine;
  return firstDayOfRegion(l.region ?? l.maximize().region);
}
