/**
 * Runs an async function over items with up to `concurrency` calls in flight and yields the
 * results in input order. Ingest is mostly waiting on the disk one small file at a time;
 * keeping a few reads ahead of the parser removes most of that idle time without holding
 * more than `concurrency` files in memory.
 */
export async function* orderedPrefetch<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<{ item: T; result: PromiseSettledResult<R> }> {
  const inFlight: Array<Promise<PromiseSettledResult<R>>> = [];
  let next = 0;
  const launch = () => {
    const item = items[next];
    next += 1;
    if (item !== undefined) {
      inFlight.push(
        fn(item).then(
          (value): PromiseSettledResult<R> => ({ status: 'fulfilled', value }),
          (reason: unknown): PromiseSettledResult<R> => ({ status: 'rejected', reason }),
        ),
      );
    }
  };
  while (next < items.length && inFlight.length < concurrency) {
    launch();
  }
  for (let index = 0; index < items.length; index += 1) {
    const settled = inFlight.shift();
    if (settled === undefined) {
      break;
    }
    const result = await settled;
    if (next < items.length) {
      launch();
    }
    yield { item: items[index] as T, result };
  }
}
