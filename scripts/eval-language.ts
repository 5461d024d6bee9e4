// Prints how well clinical language reaches the catalog on the evaluation set in
// tests/fixtures/language/: phrase top-1, note recall and precision, negation errors, age/sex.
import { evaluateLanguage, formatReport } from '../tests/language/evaluate';

const report = evaluateLanguage();
console.log(formatReport(report, process.argv.includes('--verbose')));
