/**
 * Limits GitHub enforces on check runs. Most are only stated in the REST docs, not in the
 * OpenAPI description, which is why they live here and the simulator checks them too.
 */
export const checkRunLimits = {
  /** Annotations accepted per create/update request; more are appended by further updates. */
  annotationsPerRequest: 50,
  /** Characters in `output.summary` and `output.text`. */
  outputChars: 65_535,
  /** Characters in an annotation title. */
  annotationTitleChars: 255,
  /** Bytes in an annotation message and raw_details. */
  annotationMessageBytes: 64 * 1024,
  /** Buttons (`actions`) on one check run, and their field lengths. */
  actions: 3,
  actionLabelChars: 20,
  actionDescriptionChars: 40,
  actionIdentifierChars: 20,
} as const
