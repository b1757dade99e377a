/** A route's `head`: its title in the tab, then the product's name. */
export function pageTitle(name: string) {
  return { meta: [{ title: `${name} · MSP Command Center` }] };
}
