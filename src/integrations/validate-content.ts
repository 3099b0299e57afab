/**
 * An Astro integration that validates the edition's content before anything is built, so a
 * content mistake stops the build with a message that names the file, the line and the fix.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentErrors } from '../lib/content-error';
import { validateEdition } from './validate-edition';

/** The integration. */
export default function validateContent(): AstroIntegration {
  return {
    name: 'edition:validate-content',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { errors } = validateEdition(fileURLToPath(config.root), config.base);
        if (errors.length > 0) throw new ContentErrors(errors);
        logger.info('content is valid: three languages aligned, citations and glossary resolved');
      },
    },
  };
}
