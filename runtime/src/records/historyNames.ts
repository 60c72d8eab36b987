// Who acted, by name: history entries get the actor's name when the actor holds an official role (one with offices).
// A citizen's name is theirs to keep: their entries show the role only, as does any entry of an unknown user.
import type { Deployment } from '@suraksha/engine';
import type { Models, RecordEventDoc } from '../store/models';

/** The entries with `actorName` added where it may be shown (names of officials are not child data). */
export async function withActorNames(models: Models, deployment: Deployment, entries: RecordEventDoc[]): Promise<(RecordEventDoc & { actorName?: string })[]> {
  const official = (roles: string[]) => roles.some((r) => (deployment.roles.roles[r]?.officeTypes?.length ?? 0) > 0);
  const ids = [...new Set(entries.filter((e) => official(e.actorRoles)).map((e) => e.actor))];
  if (ids.length === 0) return entries;
  const users = await models.users.find({ _id: { $in: ids }, state: deployment.code }, { name: 1 }).lean<{ _id: string; name?: string }[]>();
  const names = new Map(users.map((u) => [u._id, u.name]));
  return entries.map((e) => {
    const name = official(e.actorRoles) ? names.get(e.actor) : undefined;
    return name ? { ...e, actorName: name } : e;
  });
}
