import { useState, type FormEvent } from 'react';
import type { StaffingRecommendation } from '@bluelamp/contracts/workforce/staffing';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { PageHeader } from '../../../../ui/PageHeader';
import { DemandFromHistory } from '../../rosters/components/DemandFromHistory';
import { RostersNav } from '../../rosters/components/RostersNav';
import { officerFieldsFromProfile, weekAsText } from '../../rosters/utils/demandForm';
import { useSession } from '../../../platform/auth/hooks/useSession';
import { Panel } from '../../../../ui/Panel';
import { TextField } from '../../../../ui/TextField';
import { useStaffingRecommendation } from '../hooks/useStaffingRecommendation';
import { buildStaffingRequest, EMPTY_FORM, switchEntry, type OfficersForm, type StaffingForm, type StaffingFormErrors } from '../utils/staffingForm';
import { CallHandlerResults } from './CallHandlerResults';
import { CallsPerHourInput } from './CallsPerHourInput';
import { OfficerResults } from './OfficerResults';
import { OfficersInput } from './OfficersInput';
import '../staffing.css';

/**
 * The staffing calculator: calls (and, optionally, incidents) per hour of an average week and the
 * targets in; call handlers and response officers needed per hour out (method in the README).
 */
export function StaffingCalculatorPage() {
  const [form, setForm] = useState<StaffingForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<StaffingFormErrors>({});
  const recommendation = useStaffingRecommendation();
  // The answer shown and the shrinkage it was worked out with (the fields may have changed since).
  const [shown, setShown] = useState<{ result: StaffingRecommendation; shrinkage: number } | undefined>();
  const change = (patch: Partial<StaffingForm>) => setForm((f) => ({ ...f, ...patch }));
  const changeOfficers = (patch: Partial<OfficersForm>) => setForm((f) => ({ ...f, officers: { ...f.officers, ...patch } }));
  const { can } = useSession();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = buildStaffingRequest(form);
    setErrors(checked.errors ?? {});
    if (!checked.request) return;
    const result = await recommendation.mutate(checked.request);
    if (result) setShown({ result, shrinkage: checked.request.callHandlers.shrinkage });
  };

  const errorCount = Object.keys(errors).length;
  return (
    <>
      <PageHeader
        title="Staffing calculator"
        description="Call handlers needed to answer a share of calls within a target time, and response officers to attend incidents within the grade targets, hour by hour for an average week (Erlang C, with shrinkage)."
      />
      <RostersNav />
      {can('incidents:demand') && (
        <Panel title="Demand from the system's history">
          <DemandFromHistory
            onProfile={(profile) =>
              setForm((f) => ({
                ...f,
                ...(profile.callsPerHour ? { entry: 'paste' as const, pasted: weekAsText(profile.callsPerHour) } : {}),
                officers: { ...f.officers, ...officerFieldsFromProfile(profile, f.officers) },
              }))
            }
          />
        </Panel>
      )}
      <Panel title="Demand and targets">
        <form className="form-stack" onSubmit={submit} noValidate>
          {errorCount > 0 && (
            <Alert tone="error" title="Check the figures" isSummary>
              {errorCount === 1 ? Object.values(errors)[0] : `${errorCount} figures need correcting.`}
            </Alert>
          )}
          <CallsPerHourInput form={form} errors={errors} onChange={change} onEntryChange={(entry) => setForm((f) => switchEntry(f, entry))} />
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
          <OfficersInput officers={form.officers} errors={errors} onChange={changeOfficers} />
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
      {shown && <CallHandlerResults result={shown.result.callHandlers} shrinkage={shown.shrinkage} />}
      {shown?.result.responseOfficers && <OfficerResults result={shown.result.responseOfficers} />}
    </>
  );
}
