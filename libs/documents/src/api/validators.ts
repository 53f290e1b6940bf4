import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Attachment fields, with their own Japanese messages; the common rules come from @ringi/hr. */
export function IsBase64Content(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBase64Content',
      validator: {
        validate: (value) => typeof value === 'string' && value.length > 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value),
        defaultMessage: () => 'ファイルの内容を Base64 で指定してください',
      },
    },
    options,
  );
}

/** A file name without folders or control characters. */
export function IsFileName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isFileName',
      validator: {
        validate: (value) =>
          typeof value === 'string' && !/[/\\]/.test(value) && ![...value].some((c) => c.charCodeAt(0) < 0x20),
        defaultMessage: () => 'ファイル名に使えない文字が含まれています',
      },
    },
    options,
  );
}
