// Placeholder: the Neo4j owner replaces this with a managed test instance.
export default function setup(): void {}
