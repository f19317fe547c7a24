/**
 * A request path as a route pattern, for log lines and metric labels: ids and tokens become ":id"
 * (a label per timetable id would grow the metric without bound), extensions stay (.ics vs .csv).
 */
const ID_SEGMENT = /^[A-Za-z0-9_-]{16,}$/;

export function routeOf(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => {
      const dot = segment.indexOf(".");
      const [name, extension] = dot > 0 ? [segment.slice(0, dot), segment.slice(dot)] : [segment, ""];
      return ID_SEGMENT.test(name) || /^\d+$/.test(name) ? `:id${extension}` : segment;
    })
    .join("/");
}
