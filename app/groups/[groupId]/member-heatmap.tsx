import type { SectionMastery } from '../group-api';

/**
 * Each member's mastery per section, as a table whose cells are tinted by the
 * number they hold (stronger is deeper), so the weak spots stand out from the
 * back of the room; the number is always written, a ✓ marks the target met.
 */
export function MemberHeatmap({ members, target }: { members: { name: string; mastery: SectionMastery[] }[]; target: number }) {
  const sections = members[0]?.mastery.map((m) => m.section) ?? [];
  if (members.length === 0) return <p className="text-muted">No members yet: share the invite link.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-1 text-left">
        <caption className="sr-only">Mastery per member and section, in percent; target {target} %</caption>
        <thead>
          <tr>
            <th scope="col" className="p-1 text-sm font-semibold text-muted">
              Member
            </th>
            {sections.map((section) => (
              <th key={section} scope="col" className="p-1 align-bottom text-sm font-semibold text-muted">
                {section}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.name}>
              <th scope="row" className="whitespace-nowrap p-1 pr-3 font-semibold">
                {member.name}
              </th>
              {member.mastery.map((cell) => (
                <td
                  key={cell.section}
                  className="rounded-lg px-2 py-1.5 text-center font-bold tabular-nums"
                  style={{ background: `color-mix(in srgb, var(--accent) ${Math.round(cell.mastery * 0.45)}%, var(--surface-2))` }}
                >
                  {cell.mastery >= target && (
                    <>
                      <span aria-hidden>✓ </span>
                      <span className="sr-only">target met: </span>
                    </>
                  )}
                  {cell.mastery} %
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
