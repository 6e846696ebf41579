import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { Assessment } from '../../../../shared/api/assessments';
import { useLayout } from './layout';

export interface AssessmentPickerProps {
  assessments: Assessment[];
  value: string | null;
  onChange: (id: string | null) => void;
  allowAll?: boolean;
  label?: string;
}

/** Chooses one assessment, or all of them when `allowAll`. */
export function AssessmentPicker({ assessments, value, onChange, allowAll = true, label = 'Assessment' }: AssessmentPickerProps) {
  const l = useLayout();
  const selected = assessments.find((a) => a.id === value);
  return (
    <Field label={label}>
      <Dropdown
        value={selected?.name ?? (allowAll ? 'All assessments' : 'Choose an assessment')}
        selectedOptions={[value ?? '']}
        onOptionSelect={(_, d) => onChange(d.optionValue ? d.optionValue : null)}
        className={l.pickerField}
      >
        {allowAll && <Option value="">All assessments</Option>}
        {assessments.map((a) => (
          <Option key={a.id} value={a.id}>
            {a.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
