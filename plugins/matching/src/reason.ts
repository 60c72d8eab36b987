// A feature's explanation as data: a stable key and the values its sentence needs, for the user's language.

/** A value of a reason: free text as written, a number, a code (sex, complexion, language...), or a list of them. */
export type ReasonParam = string | number | string[];

/**
 * Why a feature scored as it did, to be written in the user's language as `matching.reason.<key>`. Codes are
 * passed as codes and translated by the reader; names, clothing and place words are passed as written.
 */
export interface Reason {
  key: string;
  params: Record<string, ReasonParam>;
}

/** One decimal, as the English explanation writes ages. */
export const tenths = (n: number): number => Math.round(n * 10) / 10;
/** Two decimals, for similarities and agreements 0..1. */
export const hundredths = (n: number): number => Math.round(n * 100) / 100;
