import { listCauses } from '@/lib/catalog/causes';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const causes = await listCauses();
  return (
    <>
      <h1>Lower-limb numbness: causes in the catalog</h1>
      <p>{causes.length} causes, emergencies first.</p>
      <ul className="cause-list">
        {causes.map((cause) => (
          <li key={cause.id}>
            <span className={`badge badge-${cause.urgency}`}>{cause.urgency}</span> {cause.name}
          </li>
        ))}
      </ul>
    </>
  );
}
