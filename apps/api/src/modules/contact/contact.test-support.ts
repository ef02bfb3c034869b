// Test data shared by the contact module's route tests.

export const LOW_THRIVE = {
  threat: { level: 'low' },
  harm: { level: 'low' },
  risk: { level: 'low' },
  investigation: { level: 'low' },
  vulnerability: { level: 'none' },
  engagement: { level: 'medium', note: 'Happy to be called back' },
};

/** A valid contact 10 minutes ago, as a handler sends it. */
export const callBody = (overrides: Record<string, unknown> = {}) => {
  const received = new Date(Date.now() - 10 * 60_000);
  return {
    channel: '101',
    receivedAt: received.toISOString(),
    answeredAt: new Date(received.getTime() + 20_000).toISOString(),
    caller: { givenNames: 'Jane', familyName: 'Okafor', phone: '07700 900123', dateOfBirth: '1984-03-12' },
    location: { address: '12 High St', postcode: 'EC2M 4NP', directions: 'Side door' },
    categoryCode: 'theft',
    narrative: 'Bicycle stolen from outside the shop this morning.',
    thrive: LOW_THRIVE,
    ...overrides,
  };
};
