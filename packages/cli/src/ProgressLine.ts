import { counted } from "./Words.js"

const WIDTH = 20

const thousands = (count: number): string => count.toLocaleString("en-GB")

// How long the rest will take at the rate so far, in words a person reads at a glance.
const estimate = (elapsedMs: number, done: number, total: number): string => {
  if (done === 0 || elapsedMs <= 0) return ""
  const seconds = Math.ceil((elapsedMs * (total - done)) / done / 1000)
  if (seconds <= 0) return ""
  if (seconds < 60) return `, about ${counted(seconds, "second")} left`
  return `, about ${counted(Math.ceil(seconds / 60), "minute")} left`
}

/**
 * One line of progress for a terminal: a bar, the count against the total, the share done and an
 * estimate of the time left at the rate so far (`replaying events [########------------] 10,000 /
 * 25,000 (40%), about 2 seconds left`). Without a total it shows the count alone.
 *
 * @category output
 * @since 0.2.0
 */
export const progressLine = (label: string, done: number, total: number | undefined, elapsedMs: number): string => {
  if (total === undefined || total <= 0) return `${label}: ${thousands(done)}`
  const share = Math.min(done / total, 1)
  const filled = Math.round(share * WIDTH)
  return `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${thousands(done)} / ${thousands(total)} (${Math.floor(share * 100)}%)${estimate(elapsedMs, done, total)}`
}
