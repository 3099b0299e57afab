/** `npm run validate`: checks the content and prints every problem; exits 1 if any. */
import { validateEdition } from '../src/integrations/validate-edition.ts';

const { errors } = validateEdition(process.argv[2] ?? process.cwd());
for (const error of errors) console.error(`✗ ${error.message}`);
console.log(errors.length === 0 ? '✓ content is valid' : `${errors.length} problem(s) in the content`);
process.exit(errors.length === 0 ? 0 : 1);
