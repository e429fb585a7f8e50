import type { ResearchOptions } from '../core/export/summary.ts';
import { patternName, sceneName } from './labels.ts';
import { clearFilters, setFilter, useResearch, type Filters as F } from './store.ts';

interface SelectProps {
  id: keyof F;
  label: string;
  all: string;
  options: { value: string; label: string }[];
}

function FilterSelect({ id, label, all, options }: SelectProps) {
  const value = useResearch((s) => s.filters[id]);
  return (
    <div className="field">
      <label htmlFor={`f-${id}`}>{label}</label>
      <select id={`f-${id}`} value={value} onChange={(e) => setFilter(id, e.target.value as never)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField({ id, label }: { id: 'from' | 'to'; label: string }) {
  const value = useResearch((s) => s.filters[id]);
  return (
    <div className="field">
      <label htmlFor={`f-${id}`}>{label}</label>
      <input
        id={`f-${id}`}
        type="date"
        value={value}
        onChange={(e) => setFilter(id, e.target.value)}
      />
    </div>
  );
}

/** Every filter applies at once to the figures and to the downloads below them. */
export function Filters({ options }: { options: ResearchOptions }) {
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <DateField id="from" label="From" />
      <DateField id="to" label="To (inclusive)" />
      <FilterSelect
        id="site"
        label="Site"
        all="All sites"
        options={options.sites.map((s) => ({ value: s.id, label: s.name }))}
      />
      <FilterSelect
        id="scene"
        label="Scene"
        all="All scenes"
        options={options.scenes.map((s) => ({ value: s, label: sceneName(s) }))}
      />
      <FilterSelect
        id="pattern"
        label="Breathing pattern"
        all="All patterns"
        options={options.patterns.map((p) => ({ value: p, label: patternName(p) }))}
      />
      <FilterSelect
        id="instrument"
        label="Instrument"
        all="All instruments"
        options={options.instruments.map((i) => ({ value: i.id, label: i.title }))}
      />
      <FilterSelect
        id="respondent"
        label="Answered by"
        all="Resident or staff"
        options={[
          { value: 'self', label: 'Resident' },
          { value: 'staff', label: 'Staff on their behalf' },
        ]}
      />
      <div className="field field-action">
        <button type="button" className="secondary" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
