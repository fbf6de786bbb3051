import { Text } from '@fluentui/react-components';

/** A page later work fills in; until then it says what it will hold. */
export function ComingPage({ text }: { text: string }) {
  return <Text as="p">{text}</Text>;
}
