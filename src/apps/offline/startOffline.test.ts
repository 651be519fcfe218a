/**
 * @jest-environment jsdom
 */
import { startOffline, type OfflineEnvironment } from './startOffline';

class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  state = 'installing';
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = new FakeWorker();
  updates = 0;
  update(): Promise<void> {
    this.updates++;
    return Promise.resolve();
  }
}

class FakeContainer extends EventTarget {
  readonly registered: string[] = [];
  readonly registration = new FakeRegistration();
  constructor(
    public controller: object | null,
    private readonly refuse = false,
  ) {
    super();
  }
  get ready(): Promise<FakeRegistration> {
    return Promise.resolve(this.registration);
  }
  register(url: string): Promise<FakeRegistration> {
    this.registered.push(url);
    return this.refuse
      ? Promise.reject(new DOMException('not here', 'SecurityError'))
      : Promise.resolve(this.registration);
  }
}

function environment(container: FakeContainer | undefined, protocol = 'https:', saveData = false) {
  const reloads: string[] = [];
  const online: (() => void)[] = [];
  const env: OfflineEnvironment = {
    container: container as unknown as ServiceWorkerContainer | undefined,
    protocol,
    saveData,
    addEventListener: (_type, listener) => online.push(listener),
    reload: () => reloads.push('reload'),
  };
  return { env, reloads, online };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => jest.useFakeTimers({ doNotFake: ['setTimeout', 'queueMicrotask'] }));
afterEach(() => jest.useRealTimers());

describe('the page’s offline copy', () => {
  it('registers sw.js only once the first view is drawn, once, then asks for what loads on demand', async () => {
    const container = new FakeContainer(null);
    const { env } = environment(container);
    const offline = startOffline(env);
    await settle();
    expect(container.registered).toEqual([]);
    offline.drawn();
    offline.drawn();
    await settle();
    expect(container.registered).toEqual(['sw.js']);
    expect(container.registration.active?.messages).toEqual([{ type: 'prefetch' }, { type: 'prefetch' }]);
  });

  it('fetches nothing ahead when the user asked the browser to save data', async () => {
    const container = new FakeContainer(null);
    startOffline(environment(container, 'https:', true).env).drawn();
    await settle();
    expect(container.registered).toEqual(['sw.js']);
    expect(container.registration.active?.messages).toEqual([]);
  });

  it('announces a new version once downloaded whole, and a reload applies it, once', async () => {
    const container = new FakeContainer({});
    const { env, reloads } = environment(container);
    const offline = startOffline(env);
    const heard = jest.fn();
    offline.subscribe(heard);
    offline.drawn();
    await settle();
    const next = new FakeWorker();
    container.registration.installing = next;
    container.registration.dispatchEvent(new Event('updatefound'));
    expect(offline.updateReady()).toBe(false);
    container.registration.installing = null;
    container.registration.waiting = next;
    next.become('installed');
    expect([offline.updateReady(), heard.mock.calls.length]).toEqual([true, 1]);
    offline.applyUpdate();
    await settle();
    expect(next.messages).toEqual([{ type: 'skip-waiting' }]);
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toEqual(['reload']);
  });

  it('sees a version already waiting or installing when it registers after the first view', async () => {
    const container = new FakeContainer({});
    const next = new FakeWorker();
    container.registration.installing = next;
    const offline = startOffline(environment(container).env);
    offline.drawn();
    await settle();
    expect(offline.updateReady()).toBe(false);
    container.registration.installing = null;
    container.registration.waiting = next;
    next.become('installed');
    expect(offline.updateReady()).toBe(true);
  });

  it('says nothing on a first visit (the page runs on no version) and never reloads it', async () => {
    const container = new FakeContainer(null);
    const { env, reloads } = environment(container);
    const offline = startOffline(env);
    offline.drawn();
    await settle();
    container.registration.waiting = new FakeWorker();
    container.registration.dispatchEvent(new Event('updatefound'));
    expect(offline.updateReady()).toBe(false);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toEqual([]);
  });

  it('looks for a new version when the link comes back, and every hour', async () => {
    const container = new FakeContainer({});
    const { env, online } = environment(container);
    startOffline(env).drawn();
    await settle();
    online.forEach((listener) => listener());
    expect(container.registration.updates).toBe(1);
    jest.advanceTimersByTime(3_600_000);
    expect(container.registration.updates).toBe(2);
  });

  it.each([
    ['opened from disk (file://)', new FakeContainer(null), 'file:'],
    ['a host with no service worker', undefined, 'https:'],
    ['a host that refuses the registration', new FakeContainer(null, true), 'https:'],
  ])('changes nothing and says nothing in %s', async (_where, container, protocol) => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { env, reloads } = environment(container, protocol);
    const offline = startOffline(env);
    offline.drawn();
    await settle();
    expect(container?.registered ?? []).toEqual(protocol === 'file:' ? [] : container ? ['sw.js'] : []);
    expect([offline.updateReady(), reloads, errors.mock.calls]).toEqual([false, [], []]);
    errors.mockRestore();
  });
});
