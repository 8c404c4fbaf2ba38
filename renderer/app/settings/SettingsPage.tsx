import { useState } from 'react';
import type { MobesApi } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/schema';
import { FieldErrors, NumberField, Toggle } from './fields';
import { FocusPanel } from './FocusPanel';
import { LanguagePicker } from './LanguagePicker';
import { AreaChoices, MobeList } from './MobePrefs';
import { ShortcutsPanel, WelcomeAgain } from './ShortcutsPanel';
import { useSettingsForm } from './useSettingsForm';
import { WorkHoursEditor } from './WorkHoursEditor';

/**
 * Settings save themselves, field by field: toggles at once, typed values once typing pauses (or the
 * field loses focus). A desktop preferences window that applies changes as you make them leaves no
 * "forgot to press Save" state, and because every value is checked against the shared schema before
 * it is sent, a bad entry is shown beside its field and simply not saved.
 */
export function SettingsPage({ api }: { api: MobesApi }) {
  const form = useSettingsForm(api);
  if (form.loadError) {
    return (
      <p className="error" role="alert">
        Settings could not be loaded: {form.loadError}
      </p>
    );
  }
  if (!form.view) return <p className="quiet">Loading settings…</p>;
  const platform = form.view.platform;
  const motion = form.shown('reducedMotion') as Settings['reducedMotion'];
  return (
    <form className="settings" noValidate onSubmit={(e) => e.preventDefault()}>
      <p
        className={`save-status ${form.status?.tone ?? ''}`}
        role="status"
        aria-live="polite"
        data-testid="save-status"
      >
        {form.status?.text ?? 'Changes are saved as you make them.'}
      </p>

      <section className="panel" aria-labelledby="s-breaks">
        <h2 id="s-breaks">Breaks</h2>
        <div className="grid">
          <NumberField
            form={form}
            k="breakIntervalMinutes"
            label="Break every"
            unit="min of sitting"
            hint="Active sitting time between breaks"
          />
          <NumberField
            form={form}
            k="breakLengthSeconds"
            label="Break length"
            unit="seconds"
            hint="Roughly how long one mobe lasts; each mobe keeps to its own sensible number of reps"
          />
          <NumberField
            form={form}
            k="dailyGoal"
            label="Daily goal"
            unit="mobes"
            hint="Mobes a work day needs for the streak"
          />
          <NumberField
            form={form}
            k="snoozeMinutes"
            label="Snooze for"
            unit="minutes"
            hint="How long Snooze puts a break off"
          />
        </div>
      </section>

      <section className="panel" aria-labelledby="s-hours">
        <h2 id="s-hours">Work hours</h2>
        <p className="quiet small">Breaks come only inside these hours. Times as HH:MM, 24-hour clock.</p>
        <WorkHoursEditor form={form} />
      </section>

      <section className="panel" aria-labelledby="s-mobes">
        <h2 id="s-mobes">Mobes</h2>
        <AreaChoices form={form} />
        <Toggle
          form={form}
          k="seatedOnly"
          label="Seated mobes only"
          hint="For open offices: nothing that needs you to stand."
        />
        <MobeList form={form} />
        <TryMobe api={api} catalog={form.view.catalog} />
      </section>

      <section className="panel" aria-labelledby="s-comfort">
        <h2 id="s-comfort">Comfort</h2>
        <LanguagePicker form={form} />
        <Toggle form={form} k="sound" label="Soft tick on each rep" />
        <div className="field">
          <label htmlFor="f-reducedMotion">Motion in the break window</label>
          <select
            id="f-reducedMotion"
            value={motion}
            aria-describedby={form.errorsFor('reducedMotion').length ? 'f-reducedMotion-error' : undefined}
            onChange={(e) => form.edit('reducedMotion', e.target.value)}
          >
            <option value="system">Follow the system setting</option>
            <option value="on">Always still (no animation)</option>
            <option value="off">Always animate</option>
          </select>
          <FieldErrors id="f-reducedMotion-error" errors={form.errorsFor('reducedMotion')} />
        </div>
        <Toggle
          form={form}
          k="startAtLogin"
          label="Start Mobes when I log in"
          disabled={platform === 'browser'}
          hint={platform === 'browser' ? 'Only in the desktop app.' : undefined}
        />
        <WelcomeAgain form={form} />
      </section>

      <FocusPanel form={form} />

      <ShortcutsPanel api={api} form={form} />

      <details className="panel advanced">
        <summary>
          <h2>Advanced</h2>
        </summary>
        <div className="grid">
          <NumberField
            form={form}
            k="naturalBreakMinutes"
            label="Away counts as a break after"
            unit="minutes"
            hint="Idle this long resets the sitting clock"
          />
          <NumberField
            form={form}
            k="lullSeconds"
            label="Typing lull"
            unit="seconds"
            hint="A pause in typing this long lets a due break in"
          />
          <NumberField
            form={form}
            k="lullWaitSeconds"
            label="Wait for a lull up to"
            unit="seconds"
            hint="After this, a due break shows anyway"
          />
        </div>
      </details>
    </form>
  );
}

function TryMobe({ api, catalog }: { api: MobesApi; catalog: readonly { id: string; name: string }[] }) {
  const [pick, setPick] = useState('');
  const [msg, setMsg] = useState<{ text: string; error: boolean } | null>(null);
  const run = async () => {
    const res = await api.previewMobe(pick ? { mobeId: pick } : {});
    setMsg(
      res.ok ? { text: 'Opening the break window…', error: false } : { text: res.error.message, error: true },
    );
  };
  return (
    <div className="try">
      <label htmlFor="try-pick">Try a mobe now</label>
      <div className="row">
        <select id="try-pick" value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">Any (let Mobes choose)</option>
          {catalog.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <button type="button" className="primary" onClick={() => void run()}>
          Try it
        </button>
      </div>
      <p className={msg?.error ? 'error small' : 'quiet small'} role="status">
        {msg?.text ?? 'A preview does not count toward your goal.'}
      </p>
    </div>
  );
}
