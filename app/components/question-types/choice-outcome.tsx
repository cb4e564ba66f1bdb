import { Markdown } from '@/app/components/Markdown';
import { Shape, answerStyle } from '@/app/components/shapes';
import type { OptionView } from '@/common/protocol';

/**
 * A choice question's options once answered, as on the phone's reveal: the
 * right ones in their tile's colour and shape, the player's picks said in
 * words (not colour alone). `brief` lists only the right ones and the picks.
 */
export function ChoiceOutcome({ options, correctIds, pickedIds, brief = false }: { options: OptionView[]; correctIds: string[]; pickedIds: string[]; brief?: boolean }) {
  return (
    <ul aria-label="Options" className="flex flex-col gap-2">
      {options.map((option, i) => {
        const right = correctIds.includes(option.id);
        const mine = pickedIds.includes(option.id);
        if (brief && !right && !mine) return null;
        return (
          <li key={option.id} className={`flex items-center gap-3 rounded-xl px-3 py-2 ${right ? `${answerStyle(i).tile} font-bold` : 'border-[3px] border-line'}`}>
            <span className={`rounded-md p-1 ${answerStyle(i).tile}`}>
              <Shape position={i} className="h-4 w-4" />
            </span>
            <span className="min-w-0 flex-1 break-words">
              <Markdown inline>{option.text}</Markdown>
              {(right || mine) && (
                <span className="block text-sm font-black">
                  {[right && '✓ Right answer', mine && (right ? 'your pick' : '✗ Your pick, not right')].filter(Boolean).join(' · ')}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
