'use server';

import { newsroomActor } from '@/lib/dal/admin/actor';
import { clearBanner, setBanner } from '@/lib/dal/admin/breaking-news';
import { bannerSchema, type BannerField } from '@/lib/validation/breaking-news';
import { fieldErrorsOf, type FormState } from '@/lib/validation/form-state';
import { invalidateBreakingNews } from './invalidate';

const NOT_ALLOWED = 'Only editors and admins can set the breaking-news banner.';

/** Puts the banner up (replacing the one up now): on every open reader page within seconds, and in every page rendered after. */
export async function setBannerAction(_prev: FormState<BannerField>, form: FormData): Promise<FormState<BannerField>> {
  const values = {
    text: String(form.get('text') ?? '').slice(0, 2_000),
    link: String(form.get('link') ?? '').slice(0, 2_000),
    urgency: String(form.get('urgency') ?? ''),
  };
  const parsed = bannerSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', message: 'Check the banner.', fieldErrors: fieldErrorsOf<BannerField>(parsed.error.issues), values };
  const result = await setBanner(await newsroomActor(), parsed.data);
  if (!result.ok) return { status: 'error', message: result.code === 'forbidden' ? NOT_ALLOWED : result.message, values };
  invalidateBreakingNews();
  return { status: 'success', message: 'The banner is up on every page.', values };
}

export async function clearBannerAction(_prev: FormState, _form: FormData): Promise<FormState> {
  const result = await clearBanner(await newsroomActor());
  if (!result.ok) return { status: 'error', message: result.code === 'forbidden' ? NOT_ALLOWED : result.message };
  invalidateBreakingNews();
  return { status: 'success', message: 'The banner is down.' };
}
