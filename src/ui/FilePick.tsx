/**
 * A file (or folder) input whose visible text follows the UI language. The browser's own control
 * says "Choose File / No file chosen" in the browser's language, so it is hidden visually but
 * stays the focusable control, with its English accessible name (the contract); beside it a
 * button-like label and the chosen name are shown in the UI language.
 */
import type { InputHTMLAttributes } from 'react';

type FilePickProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'aria-label'> & {
  /** The accessible name, English in every language. */
  name: string;
  /** The visible, translated text of the button. */
  buttonText: string;
  /** What was chosen (or that nothing was), translated. */
  chosenText: string;
};

/** A translated file picker over a visually hidden native `<input type="file">`. */
export function FilePick({ name, buttonText, chosenText, className, ...input }: FilePickProps) {
  return (
    <label className={`file-pick ${className ?? ''}`.trim()}>
      <input type="file" className="visually-hidden" aria-label={name} {...input} />
      <span className="file-pick-button">{buttonText}</span>
      <span className="file-pick-chosen">{chosenText}</span>
    </label>
  );
}
