import {
  ACCOUNT_ATTEMPTS_PER_WINDOW,
  ADDRESS_FAILURES_PER_WINDOW,
  loginCounterKeys,
  loginVerdict,
  loginWindowStart,
} from './login-limits';

const at = (time: string) => new Date(`2026-03-02T${time}Z`);

describe('login limits', () => {
  it('counts attempts per wall-clock minute', () => {
    expect(loginWindowStart(at('01:02:03.456'))).toEqual(at('01:02:00.000'));
    expect(loginWindowStart(at('01:02:59.999'))).toEqual(at('01:02:00.000'));
    expect(loginWindowStart(at('01:03:00.000'))).toEqual(at('01:03:00.000'));
  });

  it('keys an account without case and an address as it is', () => {
    expect(loginCounterKeys('10.0.0.1', ' Alice ')).toEqual({ account: 'account:alice', address: 'address:10.0.0.1' });
  });

  it('counts self-service requests (register, reset code) apart from the account’s sign-ins, on the same address', () => {
    expect(loginCounterKeys('10.0.0.1', 'Alice', 'self-service')).toEqual({
      account: 'self-service:alice',
      address: 'address:10.0.0.1',
    });
    expect(loginCounterKeys('10.0.0.1', 'alice', 'sign-in').account).toBe('account:alice');
  });

  it('allows the 10th attempt on an account and refuses the 11th until the minute is over', () => {
    const now = at('01:02:15.200');
    expect(loginVerdict({ account: ACCOUNT_ATTEMPTS_PER_WINDOW, address: 1 }, now)).toEqual({ allowed: true });
    expect(loginVerdict({ account: ACCOUNT_ATTEMPTS_PER_WINDOW + 1, address: 1 }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    });
  });

  it('refuses an address past its failures across accounts, whatever the account', () => {
    const now = at('01:02:59.900');
    expect(loginVerdict({ account: 1, address: ADDRESS_FAILURES_PER_WINDOW }, now)).toEqual({ allowed: true });
    expect(loginVerdict({ account: 1, address: ADDRESS_FAILURES_PER_WINDOW + 1 }, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
  });
});
