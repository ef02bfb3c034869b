import type { ResponseReportQuery } from '@bluelamp/contracts/incidents/report';
import { useQuery } from '../../../../api/useQuery';
import { responseApi } from '../api/responseApi';

/** Response performance per grade over London days (both inclusive), as the API and the CLI compute it. */
export function useResponseReport(period: ResponseReportQuery) {
  return useQuery(`incidents:report:response:${period.from}:${period.to}`, (signal) => responseApi.report(period, signal), { keepPreviousData: true });
}
