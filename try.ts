import { checkContent, formatProblem } from './src/lib/validate';
import { invalidContent, VALID } from './tests/helpers/fixtures';
console.log('valid:', checkContent(VALID, VALID).problems.map(formatProblem));
for (const name of process.argv.slice(2)) {
  const dir = invalidContent(name);
  console.log(name, checkContent(dir, dir).problems.map(formatProblem));
}
