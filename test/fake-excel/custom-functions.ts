/** The CustomFunctions global as the JavaScript-only runtime provides it (the parts Zielwerk uses). */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = 'CustomFunctions.Error';
  }
}

export function installCustomFunctions(): { associated: Map<string, unknown> } {
  const associated = new Map<string, unknown>();
  (globalThis as unknown as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  };
  return { associated };
}
