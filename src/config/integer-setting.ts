import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/**
 * A whole-number variable, read from its text and kept within bounds; a bad value is refused naming the variable
 * ("PORT must not be greater than 65535"). Optional variables add `@IsOptional()` above it.
 */
export function IntegerSetting({ min, max }: { min: number; max?: number }): PropertyDecorator {
  // Applied in the order a stack of these decorators would be (bottom first), so the refusals read as before.
  const decorators = [Transform(({ value }) => Number(value)), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)])].reverse();
  return (target, property) => {
    for (const decorate of decorators) decorate(target, property);
  };
}
