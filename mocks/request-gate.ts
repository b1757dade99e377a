const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The requests the demo's Worker is answering, counted, so that work nobody waits for (readying the search) runs only
 * in the gaps between them: the first board's four requests are not answered a slice of that work apart (issue 9).
 */
export class RequestGate {
  private answering = 0;
  private waiting: Array<() => void> = [];

  /** Runs `work` as a request being answered. */
  async answer<T>(work: () => Promise<T>): Promise<T> {
    this.answering += 1;
    try {
      return await work();
    } finally {
      this.answering -= 1;
      if (this.answering === 0) for (const resume of this.waiting.splice(0)) resume();
    }
  }

  /** Resolves in a later task in which no request is being answered. */
  readonly quiet = async (): Promise<void> => {
    for (;;) {
      await nextTask();
      if (this.answering === 0) return;
      await new Promise<void>((resume) => this.waiting.push(resume));
    }
  };
}
