import { newsroomActor } from '@/lib/dal/admin/actor';
import { getSettings } from '@/lib/dal/admin/moderation';
import { SettingsForm } from '@/components/admin/SettingsForm';

export const metadata = { title: 'Moderation settings' };

export default async function SettingsPage() {
  const found = await getSettings(await newsroomActor());
  if (!found.ok) return <p>Moderation settings are for editors and admins.</p>;
  const settings = found.value;
  return (
    <>
      <h1 className="mb-5 headline text-3xl font-bold">Moderation settings</h1>
      <SettingsForm settings={settings} />
    </>
  );
}
