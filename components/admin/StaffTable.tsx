import type { StaffMember } from "@/lib/newsroom/staff-accounts";
import { staffRoles } from "@/lib/auth/roles";
import { Cell, DataTable, Row } from "./DataTable";
import { buttonClass } from "./styles";

type PostAction = (form: FormData) => Promise<void>;

const statusLabels: Record<StaffMember["status"], string> = {
  active: "Active",
  invited: "Invited",
  "invitation expired": "Invitation expired",
  disabled: "Disabled",
};

/**
 * Everyone with a newsroom account, each row with its own small forms (plain posts, so they
 * work without JavaScript): change the role, disable or enable, send an invitation again.
 */
export function StaffTable({
  staff,
  you,
  formatTime,
  actions,
}: {
  staff: StaffMember[];
  you: string;
  formatTime: (date: Date) => string;
  actions: { changeRole: PostAction; disable: PostAction; enable: PostAction; resend: PostAction };
}) {
  return (
    <DataTable
      caption="Newsroom staff"
      columns={["Name", "Email", "Role", "Status", "Last sign-in", "Actions"]}
    >
      {staff.map((member) => (
        <Row key={member.id}>
          <Cell className="font-semibold">
            {member.name}
            {member.id === you && <span className="text-muted dark:text-muted-dark font-normal"> (you)</span>}
          </Cell>
          <Cell className="break-all">{member.email}</Cell>
          <Cell>
            <form action={actions.changeRole} className="flex flex-wrap items-center gap-2">
              <input type="hidden" name="userId" value={member.id} />
              <label htmlFor={`role-${member.id}`} className="sr-only">
                Role of {member.name}
              </label>
              <select
                id={`role-${member.id}`}
                name="role"
                defaultValue={member.role}
                className="border-muted dark:border-muted-dark bg-paper dark:bg-paper-dark rounded border px-2 py-1 capitalize"
              >
                {staffRoles.map((role) => (
                  <option key={role} value={role}>
                    {role}
                  </option>
                ))}
              </select>
              <button
                type="submit"
                className={buttonClass("secondary")}
                aria-label={`Change the role of ${member.name}`}
              >
                Change
              </button>
            </form>
          </Cell>
          <Cell>{statusLabels[member.status]}</Cell>
          <Cell>{member.lastSignInAt ? formatTime(member.lastSignInAt) : "Never"}</Cell>
          <Cell>
            <div className="flex flex-wrap gap-2">
              {member.status === "disabled" ? (
                <form action={actions.enable}>
                  <input type="hidden" name="userId" value={member.id} />
                  <button
                    type="submit"
                    className={buttonClass("secondary")}
                    aria-label={`Enable ${member.name}`}
                  >
                    Enable
                  </button>
                </form>
              ) : (
                <form action={actions.disable}>
                  <input type="hidden" name="userId" value={member.id} />
                  <button
                    type="submit"
                    className={buttonClass("danger")}
                    aria-label={`Disable ${member.name}`}
                  >
                    Disable
                  </button>
                </form>
              )}
              {(member.status === "invited" || member.status === "invitation expired") && (
                <form action={actions.resend}>
                  <input type="hidden" name="userId" value={member.id} />
                  <button
                    type="submit"
                    className={buttonClass("secondary")}
                    aria-label={`Send ${member.name} a new invitation`}
                  >
                    Send again
                  </button>
                </form>
              )}
            </div>
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
