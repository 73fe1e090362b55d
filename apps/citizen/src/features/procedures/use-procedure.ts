import { useRequest, type RequestResult } from '../../lib/use-request.ts';
import { getProcedure, type ProcedureDetail } from './api.ts';

export function useProcedure(code: string): RequestResult<ProcedureDetail> {
  return useRequest(`procedure:${code}`, (signal) => getProcedure(code, signal));
}
