/** The react-query key of one generation job, shared by the poller and the publish buttons. */
export const jobQueryKey = (id: string) => ["generation-job", id] as const;
