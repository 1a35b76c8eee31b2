/**
 * An answer other than 200, in LanguageTool's form: a plain-text body that
 * starts with "Error: ", which LanguageTool clients show to the user as it is.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers, such as `Allow` for a wrong method. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
