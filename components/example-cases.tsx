import { caseUrl } from '@/lib/workspace/case-query';
import type { CaseState } from '@/lib/workspace/case-state';
import { EXAMPLE_CASES } from '@/lib/workspace/example-cases';

interface ExampleCasesProps {
  /** Opens an example in place; without it (or without JavaScript) the links load the page. */
  onOpen?: (state: CaseState) => void;
}

/** The empty state: what to do, and example presentations to learn from. */
export function ExampleCases({ onOpen }: ExampleCasesProps) {
  return (
    <section aria-labelledby="start-heading" className="panel start">
      <h2 id="start-heading">Start with what you found</h2>
      <p>
        Type a symptom, sign or result into <strong>Add a finding</strong>, mark where the numbness is on the legs, and give age and sex.
        The differential, red flags, what to ask next and the workup appear here and update with every change.
      </p>
      <p>Or open an example presentation:</p>
      <ul className="examples">
        {EXAMPLE_CASES.map((example) => (
          <li key={example.title}>
            <a
              className="example"
              href={caseUrl(example.state)}
              onClick={(event) => {
                if (!onOpen || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                onOpen(example.state);
              }}
            >
              <span className="example-title">{example.title}</span>
              <span className="example-detail">{example.detail}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
