import { UsageError } from "./UsageError.js"

/**
 * A required string option.
 *
 * @category options
 * @since 0.1.0
 */
export const required = (command: string, name: string, value: unknown, example: string): string => {
  if (typeof value !== "string" || value.trim() === "")
    throw new UsageError({ command, detail: `--${name} is required, for example --${name} ${example}` })
  return value
}
