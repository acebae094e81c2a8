// /users/new — creates an account (administrators); its page follows, saying it was created.
import { userCreateInput } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useCreateUser } from '../api/create-user';
import { createInputOf, draftOf } from '../components/user-draft';
import { UserForm } from '../components/user-form';

export function NewUserRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  return (
    <section aria-labelledby="page-heading">
      <PageHeader title={t('users.new.title')} />
      <UserForm
        initial={draftOf()}
        isNew
        check={(draft) => userCreateInput.safeParse(createInputOf(draft))}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (created) => void navigate(`/users/${created.id}`, { state: { created: true } }),
          })
        }
        submitting={create.isPending}
        error={create.error}
        submitLabel={t('users.new.submit')}
        cancelTo="/users"
      />
    </section>
  );
}
