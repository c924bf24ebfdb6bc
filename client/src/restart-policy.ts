// When the language server dies, restart it, but not forever: at most MAX_RESTARTS within WINDOW_MS,
// then one clear error and no more tries (a server that crashes on every start would otherwise
// loop, flashing errors). Kept free of the vscode module so that it is tested in plain Node.

export const MAX_RESTARTS = 3;
export const WINDOW_MS = 3 * 60 * 1000;
/** Errors on the connection (a bad message) tolerated before the connection is shut down. */
export const MAX_CONNECTION_ERRORS = 3;

export const GIVE_UP_MESSAGE =
  `The Source Check server stopped ${MAX_RESTARTS + 1} times in ${WINDOW_MS / 60_000} minutes and will not be restarted. ` +
  'See the "Source Check" output for the reason; run "Developer: Reload Window" to try again.';

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly max = MAX_RESTARTS,
    private readonly windowMs = WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server's connection closed unexpectedly: restart it, or give up with a message. */
  onClose(): { restart: true } | { restart: false; message: string } {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.windowMs);
    this.crashes.push(t);
    return this.crashes.length <= this.max ? { restart: true } : { restart: false, message: GIVE_UP_MESSAGE };
  }

  /** An error writing to or reading from the server: carry on a few times, then shut down. */
  onError(count: number | undefined): 'continue' | 'shutdown' {
    return (count ?? 1) <= MAX_CONNECTION_ERRORS ? 'continue' : 'shutdown';
  }
}
