import { ROLES, type Role } from '@/lib/domain';
import { newsroomActor } from '@/lib/dal/admin/actor';
import { listUsers } from '@/lib/dal/admin/users';
import { banAction, changeRoleAction } from '@/lib/actions/admin-moderation';
import { ActionForm } from '@/components/admin/ActionForm';
import { buttonClass } from '@/components/ui/button';

export const metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; role?: string }> }) {
  const { q = '', role } = await searchParams;
  const roleFilter = (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined;
  const actor = await newsroomActor();
  const found = await listUsers(actor, typeof q === 'string' ? q : '', roleFilter);
  if (!found.ok || !actor) return <p>User management is for admins.</p>;
  const users = found.value;
  return (
    <>
      <h1 className="headline text-3xl font-bold">Users</h1>
      <form method="get" role="search" aria-label="Find users" className="mt-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="font-semibold">
          Name or email
          <input name="q" defaultValue={q} className="mt-1 block rounded border rule bg-paper px-2 py-1.5 font-normal" />
        </label>
        <label className="font-semibold">
          Role
          <select name="role" defaultValue={roleFilter ?? ''} className="mt-1 block rounded border rule bg-paper px-2 py-1.5 font-normal">
            <option value="">Any role</option>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass({ size: 'sm' })}>
          Search
        </button>
      </form>
      {users.length === 0 ? (
        <p className="mt-6 rounded border border-dashed rule p-8 text-center text-muted">No users match.</p>
      ) : (
        <ul className="mt-6 divide-y divide-rule">
          {users.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
              <div>
                <p className="font-semibold">
                  <bdi>{u.name}</bdi> {u.banned && <span className="ml-1 text-xs text-accent">banned</span>}
                </p>
                <p className="text-muted">
                  {u.email} · {u.approvedComments} approved, {u.rejectedComments} removed comments
                </p>
              </div>
              {u.id === actor.id ? (
                <span className="text-muted">{u.role} (you)</span>
              ) : (
                <div className="flex flex-wrap items-center gap-3">
                  <ActionForm
                    action={changeRoleAction}
                    fields={{ userId: u.id }}
                    label="Change role"
                    pendingLabel="Saving…"
                    tone="quiet"
                    ariaLabel={`Role of ${u.name}`}
                  >
                    <label className="sr-only" htmlFor={`role-${u.id}`}>
                      Role of <bdi>{u.name}</bdi>
                    </label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role} className="rounded border rule bg-paper px-2 py-1">
                      {ROLES.map((r) => (
                        <option key={r}>{r}</option>
                      ))}
                    </select>
                  </ActionForm>
                  <ActionForm
                    action={banAction}
                    fields={{ userId: u.id, banned: u.banned ? '0' : '1' }}
                    label={u.banned ? 'Unban' : 'Ban'}
                    pendingLabel="Saving…"
                    tone={u.banned ? 'quiet' : 'danger'}
                    confirm={u.banned ? undefined : `Ban ${u.name}?`}
                    ariaLabel={`${u.banned ? 'Unban' : 'Ban'} ${u.name}`}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
