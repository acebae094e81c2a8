// The sign-in check on its own, so the form can fetch it (and zod) after the first screen has drawn.
export { loginInput } from '@daikou/domain';
