// Answers of a pure computation kept by key, the memory emptied when it holds `limit` of them: inputs
// repeat (the same days, names, Japanese words) across thousands of entries, and no input can make the
// memory grow without end. Computed again, an answer is the same, only slower.
export function boundedMemo<T>(limit: number): (key: string, compute: () => T) => T {
  const known = new Map<string, T>();
  return (key, compute) => {
    const answer = known.get(key);
    // Stryker disable next-line ConditionalExpression: computed again, the answer is the same (only slower)
    if (answer !== undefined) return answer;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the memory is emptied changes memory, not answers
    if (known.size >= limit) known.clear();
    const value = compute();
    known.set(key, value);
    return value;
  };
}
