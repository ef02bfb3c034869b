import { useState, type FormEvent } from 'react';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { TextField } from '../../../../ui/TextField';
import { useStaffingRecommendation } from '../hooks/useStaffingRecommendation';
import { buildStaffingRequest, EMPTY_FORM, type StaffingForm } from '../utils/staffingForm';
import { CallsPerHourInput } from './CallsPerHourInput';
import { StaffingResults } from './StaffingResults';
import '../staffing.css';

/**
 * The staffing calculator: calls per hour of an average week and the answering target in, call
 * handlers needed per hour out (Erlang C with shrinkage; the method is in the README).
 */
export function StaffingCalculatorPage() {
  const [form, setForm] = useState<StaffingForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<Partial<Record<keyof StaffingForm, string>>>({});
  const recommendation = useStaffingRecommendation();
  // The shrinkage the shown answer was worked out with (the field may have changed since).
  const [shrinkageUsed, setShrinkageUsed] = useState(0);
  const change = (patch: Partial<StaffingForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = buildStaffingRequest(form);
    setErrors(checked.errors ?? {});
    if (!checked.request) return;
    setShrinkageUsed(checked.request.callHandlers.shrinkage);
    await recommendation.mutate(checked.request);
  };

  return (
    <>
      <PageHeader
        title="Staffing calculator"
        description="Call handlers needed to answer a share of calls within a target time, hour by hour, for an average week (Erlang C, with shrinkage)."
      />
      <Panel title="Demand and target">
        <form className="form-stack" onSubmit={submit} noValidate>
          {Object.keys(errors).length > 0 && (
            <Alert tone="error" title="Check the figures" isSummary>
              {Object.values(errors).length === 1 ? Object.values(errors)[0] : `${Object.values(errors).length} figures need correcting.`}
            </Alert>
          )}
          <CallsPerHourInput form={form} errors={errors} onChange={change} />
          <div className="form-grid">
            <TextField
              label="Average handle time (seconds)"
              hint="Talk and wrap-up"
              inputMode="decimal"
              value={form.averageHandleSeconds}
              error={errors.averageHandleSeconds}
              onChange={(e) => change({ averageHandleSeconds: e.target.value })}
            />
            <TextField label="Calls answered in target (%)" inputMode="decimal" value={form.targetPercent} error={errors.targetPercent} onChange={(e) => change({ targetPercent: e.target.value })} />
            <TextField label="Target answer time (seconds)" inputMode="decimal" value={form.targetSeconds} error={errors.targetSeconds} onChange={(e) => change({ targetSeconds: e.target.value })} />
            <TextField
              label="Shrinkage (%)"
              hint="Paid time not answering: leave, sickness, training, breaks"
              inputMode="decimal"
              value={form.shrinkagePercent}
              error={errors.shrinkagePercent}
              onChange={(e) => change({ shrinkagePercent: e.target.value })}
            />
          </div>
          {recommendation.error && (
            <Alert tone="error" title="The calculation was refused">
              {recommendation.error.message}
            </Alert>
          )}
          <div className="form-actions">
            <Button type="submit" variant="primary" isBusy={recommendation.isPending}>
              {recommendation.isPending ? 'Calculating…' : 'Calculate'}
            </Button>
          </div>
        </form>
      </Panel>
      {recommendation.data && <StaffingResults result={recommendation.data} shrinkage={shrinkageUsed} />}
    </>
  );
}
