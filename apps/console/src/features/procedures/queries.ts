import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getProcedure, listProcedures, type ProcedureQuery } from './api.ts';
import { fieldName, type FieldRef } from './types.ts';

export const procedureKeys = {
  all: ['procedures'] as const,
  list: (query: ProcedureQuery) => [...procedureKeys.all, 'list', query] as const,
  fields: () => [...procedureKeys.all, 'fields'] as const,
  detail: (code: string) => [...procedureKeys.all, 'detail', code] as const,
};

export function useProcedureList(query: ProcedureQuery) {
  return useQuery({
    queryKey: procedureKeys.list(query),
    queryFn: ({ signal }) => listProcedures(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProcedureDetail(code: string | null) {
  return useQuery({
    queryKey: procedureKeys.detail(code ?? ''),
    queryFn: ({ signal }) => getProcedure(code ?? '', signal),
    enabled: code !== null,
  });
}

export interface FieldOption {
  value: string;
  label: string;
}

function fieldValue(field: FieldRef): string {
  return typeof field === 'string' ? field : (field.code ?? field.name);
}

/**
 * The fields (lĩnh vực) to filter by, gathered from the first page of the catalogue until the API
 * offers a list of fields of its own.
 */
export function useFieldOptions() {
  return useQuery({
    queryKey: procedureKeys.fields(),
    queryFn: ({ signal }) => listProcedures({ q: '', limit: 100, offset: 0 }, signal),
    staleTime: 10 * 60_000,
    select: (list): FieldOption[] => {
      const options = new Map<string, string>();
      for (const item of list.items) options.set(fieldValue(item.field), fieldName(item.field));
      return [...options]
        .map(([value, label]) => ({ value, label }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    },
  });
}
