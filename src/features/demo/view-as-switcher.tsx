import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { viewDemoAs } from '../../api/accounts';
import { useRole } from '../../api/permissions';
import { roleLabels, roles, type Role } from '../../domain/permissions';

/**
 * "View as Admin / Sales / Technician": the demo signs in as its staff member
 * of that role (kept per tab), and the console shows what that role sees.
 */
export function ViewAsSwitcher() {
  const role = useRole();
  const queryClient = useQueryClient();
  const router = useRouter();
  const switchRole = useMutation({
    mutationFn: viewDemoAs,
    // Someone else is signed in now: every figure, list and account may differ, so nothing cached is kept.
    onSuccess: async () => {
      await queryClient.resetQueries();
      await router.invalidate();
    },
  });
  return (
    <fieldset className="demo-view-as" disabled={switchRole.isPending}>
      <legend className="muted">View as</legend>
      {roles.map((option: Role) => (
        <label key={option} className="demo-view-as__option">
          <input
            type="radio"
            name="demo-view-as"
            value={option}
            // The choice shows at once; the console follows when the demo has switched.
            checked={(switchRole.isPending ? switchRole.variables : role) === option}
            onChange={() => switchRole.mutate(option)}
          />
          {roleLabels[option]}
        </label>
      ))}
      {switchRole.isError ? (
        <span className="demo-clock__error" role="alert">
          {switchRole.error.message}
        </span>
      ) : null}
    </fieldset>
  );
}
