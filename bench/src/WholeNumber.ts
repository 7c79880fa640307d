/** A command-line option's text as a whole number of at least 1, or an error naming the option. */
export const wholeNumber = (name: string, text: string): number => {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1 (got "${text}")`)
  return value
}
