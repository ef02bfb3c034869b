import type { CreateContactRequest, RegradeContactRequest } from '@bluelamp/contracts/contact/contacts';
import { useMutation } from '../../../api/useMutation';
import { useQuery } from '../../../api/useQuery';
import { contactApi } from '../api/contactApi';

/** Recent contacts, newest first (only one's own for officers outside the control room). */
export function useContactList(offset: number, limit = 50) {
  return useQuery(`contact:list:${limit}:${offset}`, (signal) => contactApi.list({ limit, offset }, signal), { keepPreviousData: true });
}

export function useContact(id: string) {
  return useQuery(`contact:one:${id}`, (signal) => contactApi.get(id, signal));
}

export function useCreateContact() {
  return useMutation((body: CreateContactRequest) => contactApi.create(body), { invalidates: ['contact:'] });
}

export function useRegradeContact(id: string) {
  return useMutation((body: RegradeContactRequest) => contactApi.regrade(id, body), { invalidates: [`contact:one:${id}`, 'contact:list:'] });
}

/** "None of these": a new person from the caller as given, linked as the caller. */
export function useCreateCallerPerson(id: string) {
  return useMutation(() => contactApi.createCallerPerson(id), { invalidates: [`contact:one:${id}`] });
}

/** The handler's answer about a suggested caller on a saved contact. */
export function useDecideMatch(id: string) {
  return useMutation(({ personId, verb, probability }: { personId: string; verb: 'confirm' | 'reject'; probability: number }) => contactApi.decide(id, personId, verb, { probability }), {
    invalidates: [`contact:one:${id}`, 'contact:lookup:'],
  });
}
