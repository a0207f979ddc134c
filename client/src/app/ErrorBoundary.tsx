import { Component, type ReactNode } from 'react';
import { ErrorNotice } from '../ui/states';

/** Keeps one broken screen (or a chunk that failed to load) from blanking the whole app. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error) return <ErrorNotice error={this.state.error} retry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
