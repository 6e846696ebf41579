import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Me, Role } from '../../../../../shared/api/accounts';
import type { DashboardApi } from '../../api';
import { Section, useLayout } from '../../components/layout';
import { ErrorBar, PageState } from '../../components/PageState';
import { ShownOnce } from '../../components/ShownOnce';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';

export interface PeopleProps {
  api: DashboardApi;
  me: Me;
}

/** The organisation's colleagues: invite one (they get a set-password e-mail), change a role, remove one. */
export function People({ api, me }: PeopleProps) {
  const l = useLayout();
  const [users, reload] = useLoad(() => api.users(), []);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('recruiter');
  const [link, setLink] = useState<string | null>(null);
  const { run, error } = useAction();
  const invite = () =>
    run(async () => {
      const made = await api.inviteUser({ email, name, role });
      setLink(`${window.location.origin}/dashboard/#/welcome?token=${made.setPasswordToken}`);
      setEmail('');
      setName('');
      reload();
    });
  const change = (work: () => Promise<unknown>) =>
    run(async () => {
      await work();
      reload();
    });
  return (
    <Section title="People">
      <PageState loaded={users} retry={reload}>
        {(rows) => (
          <Table aria-label="People" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Email</TableHeaderCell>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Actions</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((u) => (
                <TableRow key={u.id}>
                  <TableCell>{u.name}</TableCell>
                  <TableCell>{u.email}</TableCell>
                  <TableCell>
                    <Dropdown
                      aria-label={`Role of ${u.name}`}
                      size="small"
                      value={u.role}
                      selectedOptions={[u.role]}
                      onOptionSelect={(_, d) => d.optionValue !== u.role && void change(() => api.changeRole(u.id, d.optionValue as Role))}
                    >
                      <Option value="recruiter">recruiter</Option>
                      <Option value="admin">admin</Option>
                    </Dropdown>
                  </TableCell>
                  <TableCell>
                    {u.active ? (
                      <Badge color="success" appearance="tint">
                        active
                      </Badge>
                    ) : (
                      <Badge appearance="tint">invited</Badge>
                    )}
                  </TableCell>
                  <TableCell>
                    {u.id !== me.user.id && (
                      <Button size="small" onClick={() => void change(() => api.removeUser(u.id))}>
                        Remove
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </PageState>
      <div className={l.actions}>
        <Field label="Name">
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label="Email">
          <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
        </Field>
        <Field label="Role">
          <Dropdown value={role} selectedOptions={[role]} onOptionSelect={(_, d) => setRole(d.optionValue as Role)}>
            <Option value="recruiter">recruiter</Option>
            <Option value="admin">admin</Option>
          </Dropdown>
        </Field>
        <Button appearance="primary" disabled={!email || !name} onClick={() => void invite()}>
          Invite colleague
        </Button>
      </div>
      <ErrorBar message={error} />
      {link && (
        <ShownOnce
          label="We e-mailed your colleague a link to set their password (valid 7 days). If the e-mail does not reach them, send them this link."
          value={link}
        />
      )}
    </Section>
  );
}
