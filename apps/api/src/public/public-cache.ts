// How long a browser or a proxy may keep the public record before asking again (then an ETag makes the answer a
// 304 when nothing changed): five minutes spares a slow connection, and a change shows soon enough.
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300';
